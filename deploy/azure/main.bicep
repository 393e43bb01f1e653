// liveBooks POP/IMAP support bot on Azure: Azure Bot (Teams, Slack, Direct Line), a Linux
// App Service running the Node app, and a Storage account for conversation state.
// tests/deploy/bicep.test.ts checks this file's app settings against src/bot/config.ts.

targetScope = 'resourceGroup'

@description('Region for the App Service and Storage account. The bot itself is global.')
param location string = resourceGroup().location

@description('Lowercase letters and digits only; the default resource names (storage too) are built from it.')
@minLength(3)
@maxLength(11)
param baseName string = 'popimapbot'

@description('Azure Bot resource name; also the Slack "bot handle" in the Events URL.')
param botName string = '${baseName}-${uniqueString(resourceGroup().id)}'

@description('Web App name: the bot answers at https://<webAppName>.azurewebsites.net/api/messages.')
param webAppName string = '${baseName}-${uniqueString(resourceGroup().id)}'

param appServicePlanName string = '${baseName}-plan'

@description('Storage account name: 3-24 lowercase letters and digits, globally unique.')
@minLength(3)
@maxLength(24)
param storageAccountName string = '${baseName}${uniqueString(resourceGroup().id)}'

param identityName string = '${baseName}-identity'

@description('Basic or higher: alwaysOn is not available on the Free tier. Autoscale needs Standard or Premium (S1, P0v3, P1v3).')
@allowed(['B1', 'B2', 'S1', 'P0v3', 'P1v3'])
param appServicePlanSku string = 'B1'

@description('Instances of the bot: fixed when autoscale is off, the starting count when it is on. Basic plans go to 3, Standard to 10, Premium to 30. Two or more keep the bot up while one restarts.')
@minValue(1)
@maxValue(30)
param instanceCount int = 1

@description('Scale out and in automatically on CPU and HTTP queue length (needs a Standard or Premium plan).')
param autoscaleEnabled bool = false

@description('Autoscale: never fewer instances than this.')
@minValue(1)
@maxValue(30)
param autoscaleMinInstances int = 1

@description('Autoscale: never more instances than this.')
@minValue(1)
@maxValue(30)
param autoscaleMaxInstances int = 3

@description('Autoscale: add an instance when average CPU over 5 minutes is above this percentage.')
@minValue(10)
@maxValue(95)
param autoscaleCpuPercent int = 70

@description('Autoscale: add an instance when, on average over 5 minutes, more HTTP requests than this wait in the queue.')
@minValue(1)
param autoscaleHttpQueueLength int = 20

@description('F0 is free for standard channels (Teams, Slack, Direct Line).')
@allowed(['F0', 'S1'])
param botSku string = 'F0'

@description('Multi-tenant bot creation ended in 2025, so only these two are offered.')
@allowed(['SingleTenant', 'UserAssignedMSI'])
param microsoftAppType string = 'SingleTenant'

@description('SingleTenant: the Entra app registration\'s Application (client) ID. Ignored for UserAssignedMSI.')
param microsoftAppId string = ''

@description('SingleTenant: a client secret of that app registration. Ignored for UserAssignedMSI.')
@secure()
param microsoftAppPassword string = ''

@description('SingleTenant: the tenant of the app registration.')
param microsoftAppTenantId string = tenant().tenantId

@description('Slack app Client ID. Leave empty to deploy without the Slack channel.')
param slackClientId string = ''

@secure()
param slackClientSecret string = ''

@secure()
param slackVerificationToken string = ''

@secure()
param slackSigningSecret string = ''

@description('Direct Line secret for the support-site Web Chat. Empty: read the site key from the channel.')
@secure()
param directLineSecret string = ''

param blobContainer string = 'conversation-state'

@description('Idle conversations are forgotten after this many hours.')
@minValue(1)
param stateTtlHours int = 24

@description('Blobs not modified for this many days are deleted. Lifecycle rules run daily on whole days, so keep it over stateTtlHours / 24.')
@minValue(2)
param blobRetentionDays int = 2

@description('The help article applies to accounts created before this date (YYYY-MM-DD).')
param accountCutoffDate string = '2015-08-06'

param setupGuideUrl string = 'https://support.livebooks.com/hc/en-us/articles/email-setup'
param supportRequestUrl string = 'https://support.livebooks.com/hc/en-us/requests/new'
param mailImapHost string = 'imap.livebooks.com'
param mailPopHost string = 'pop.livebooks.com'
param mailSmtpHost string = 'smtp.livebooks.com'
param brandName string = 'liveBooks'
param brandColor string = '#0063B1'

@allowed(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
param logLevel string = 'info'

@description('A session ends after this many minutes without a message; its outcome is counted then.')
@minValue(1)
@maxValue(1440)
param sessionIdleMinutes int = 30

@description('"Talk to a person": link (the request form), directline (the Bot Framework hand-off event, for a live-agent hub behind Direct Line), omnichannel (Dynamics 365 Omnichannel escalation).')
@allowed(['link', 'directline', 'omnichannel'])
param handoffProfile string = 'link'

@description('Days Log Analytics keeps the outcome events and traces.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 90

@description('Origins of the support site that embeds the chat, comma-separated (for example https://support.livebooks.com).')
param webChatAllowedOrigins string = ''

var isMsi = microsoftAppType == 'UserAssignedMSI'
var appId = isMsi ? identity.properties.clientId : microsoftAppId
var appTenantId = isMsi ? identity.properties.tenantId : microsoftAppTenantId

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = if (isMsi) {
  name: identityName
  location: location
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageAccountName
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    supportsHttpsTrafficOnly: true
    // The bot connects with a connection string, which carries the account key.
    allowSharedKeyAccess: true
    accessTier: 'Hot'
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource stateContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: blobContainer
  properties: {
    publicAccess: 'None'
  }
}

// The bot forgets idle conversations itself; this removes the blobs they leave behind.
resource forgetIdleConversations 'Microsoft.Storage/storageAccounts/managementPolicies@2023-05-01' = {
  parent: storage
  name: 'default'
  properties: {
    policy: {
      rules: [
        {
          name: 'delete-idle-conversation-state'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: ['blockBlob']
              prefixMatch: ['${blobContainer}/']
            }
            actions: {
              baseBlob: {
                delete: {
                  daysAfterModificationGreaterThan: blobRetentionDays
                }
              }
            }
          }
        }
      ]
    }
  }
  dependsOn: [stateContainer]
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: appServicePlanName
  location: location
  kind: 'linux'
  sku: {
    name: appServicePlanSku
    capacity: instanceCount
  }
  properties: {
    reserved: true // Linux
  }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: webAppName
  location: location
  kind: 'app,linux'
  identity: isMsi ? {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  } : {
    type: 'None'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      alwaysOn: true
      // The zip holds the built app and its production node_modules (see README).
      appCommandLine: 'node dist/bot/index.js'
      // With two or more instances, App Service stops sending requests to one whose /healthz
      // fails (storage unreachable, or the process stuck) and replaces it if it stays unhealthy.
      healthCheckPath: '/healthz'
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
    }
  }
}

// Several instances share nothing but the Blob container: conversation state is never in memory
// here (STORAGE below), and a turn landing on any instance goes on where the last one left it.
var autoscaleDefault = max(autoscaleMinInstances, min(instanceCount, autoscaleMaxInstances))
var scaleWindow = {
  timeGrain: 'PT1M'
  statistic: 'Average'
  timeWindow: 'PT5M'
  timeAggregation: 'Average'
}

resource autoscale 'Microsoft.Insights/autoscalesettings@2022-10-01' = if (autoscaleEnabled) {
  name: '${appServicePlanName}-autoscale'
  location: location
  properties: {
    enabled: true
    targetResourceUri: plan.id
    profiles: [
      {
        name: 'cpu-and-http-queue'
        capacity: {
          minimum: string(autoscaleMinInstances)
          maximum: string(max(autoscaleMinInstances, autoscaleMaxInstances))
          default: string(autoscaleDefault)
        }
        rules: [
          {
            metricTrigger: union(scaleWindow, { metricName: 'CpuPercentage', metricResourceUri: plan.id, operator: 'GreaterThan', threshold: autoscaleCpuPercent })
            scaleAction: { direction: 'Increase', type: 'ChangeCount', value: '1', cooldown: 'PT5M' }
          }
          {
            metricTrigger: union(scaleWindow, { metricName: 'HttpQueueLength', metricResourceUri: plan.id, operator: 'GreaterThan', threshold: autoscaleHttpQueueLength })
            scaleAction: { direction: 'Increase', type: 'ChangeCount', value: '1', cooldown: 'PT5M' }
          }
          {
            // Back in slowly: only after 10 quiet minutes, one instance at a time.
            metricTrigger: union(scaleWindow, { metricName: 'CpuPercentage', metricResourceUri: plan.id, operator: 'LessThan', threshold: autoscaleCpuPercent / 3, timeWindow: 'PT10M' })
            scaleAction: { direction: 'Decrease', type: 'ChangeCount', value: '1', cooldown: 'PT10M' }
          }
        ]
      }
    ]
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: '${brandName} email help'
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppType: microsoftAppType
    msaAppId: appId
    msaAppTenantId: appTenantId
    msaAppMSIResourceId: isMsi ? identity.id : null
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      acceptedTerms: true
    }
  }
}

resource slack 'Microsoft.BotService/botServices/channels@2022-09-15' = if (!empty(slackClientId)) {
  parent: bot
  name: 'SlackChannel'
  location: 'global'
  properties: {
    channelName: 'SlackChannel'
    properties: {
      isEnabled: true
      clientId: slackClientId
      clientSecret: slackClientSecret
      verificationToken: slackVerificationToken
      signingSecret: slackSigningSecret
      registerBeforeOAuthFlow: true
    }
  }
}

resource directLine 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'support-site'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
          // The bot's /api/directline/token endpoint swaps the secret for short-lived tokens server-side.
          isSecureSiteEnabled: false
          isBlockUserUploadEnabled: true
        }
      ]
    }
  }
}

// Outcomes where Azure users look: Application Insights (on a Log Analytics workspace) gets
// a trace per turn and one conversationOutcome event per session from the bot's OpenTelemetry
// (APPLICATIONINSIGHTS_CONNECTION_STRING below); the workbook is the support team's dashboard.
resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${baseName}-logs'
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: logRetentionDays
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${baseName}-insights'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
    IngestionMode: 'LogAnalytics'
    RetentionInDays: logRetentionDays
  }
}

resource outcomesWorkbook 'Microsoft.Insights/workbooks@2023-06-01' = {
  name: guid(resourceGroup().id, insights.id, 'support-bot-outcomes')
  location: location
  kind: 'shared'
  properties: {
    displayName: 'Support bot outcomes'
    category: 'workbook'
    sourceId: insights.id
    serializedData: loadTextContent('outcomes-workbook.json')
  }
}

// Every key here must be a variable src/bot/config.ts reads (checked by the test).
var appSettings = {
  NODE_ENV: 'production'
  LOG_LEVEL: logLevel
  MicrosoftAppId: appId
  MicrosoftAppType: microsoftAppType
  MicrosoftAppTenantId: appTenantId
  STORAGE: 'blob'
  BLOB_CONNECTION_STRING: 'DefaultEndpointsProtocol=https;AccountName=${storage.name};AccountKey=${storage.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'
  BLOB_CONTAINER: blobContainer
  STATE_TTL_HOURS: string(stateTtlHours)
  DIRECT_LINE_SECRET: empty(directLineSecret) ? directLine.listChannelWithKeys().setting.sites[0].key : directLineSecret
  ACCOUNT_CUTOFF_DATE: accountCutoffDate
  SETUP_GUIDE_URL: setupGuideUrl
  SUPPORT_REQUEST_URL: supportRequestUrl
  MAIL_IMAP_HOST: mailImapHost
  MAIL_POP_HOST: mailPopHost
  MAIL_SMTP_HOST: mailSmtpHost
  BRAND_NAME: brandName
  BRAND_COLOR: brandColor
  WEBCHAT_ALLOWED_ORIGINS: webChatAllowedOrigins
  APPLICATIONINSIGHTS_CONNECTION_STRING: insights.properties.ConnectionString
  SESSION_IDLE_MINUTES: string(sessionIdleMinutes)
  HANDOFF_PROFILE: handoffProfile
  // App Service sits in front of the app: rate limits must see the client's address, not the proxy's.
  TRUST_PROXY: 'true'
}

// App Service's own settings (not the bot's): take an instance out after 3 failed health
// checks a minute apart (the default, 10, leaves a broken instance serving for 10 minutes).
var platformSettings = {
  WEBSITE_HEALTHCHECK_MAXPINGFAILURES: '3'
}

// A managed identity has no password; the setting is left out rather than set empty.
var passwordSetting = isMsi ? {} : {
  MicrosoftAppPassword: microsoftAppPassword
}

// A separate resource, so the web app exists before the bot that points at it.
resource webAppSettings 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: webApp
  name: 'appsettings'
  properties: union(appSettings, passwordSetting, platformSettings)
}

output webAppUrl string = 'https://${webApp.properties.defaultHostName}'
output webAppName string = webApp.name
output webAppHostName string = webApp.properties.defaultHostName
output messagingEndpoint string = bot.properties.endpoint
output botName string = bot.name
output microsoftAppId string = appId
output applicationInsightsName string = insights.name
output outcomesWorkbookId string = outcomesWorkbook.id
